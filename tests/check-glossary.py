#!/usr/bin/env python3
"""Checks translations/sabc_es.ts against translations/glossary.csv: every message whose English
text names a term of the glossary says it with the glossary's Spanish word.

glossary.csv columns: english (forms separated by |), spanish (forms separated by |; * stands for
any ending: socio* is socio, socios, socia...), note. English terms match whole words, ignoring
case and access keys; a message matching a longer term (walk-up guest) is not checked against the
shorter one it holds (guest). Usage: check-glossary.py SOURCE_ROOT"""
import csv, re, sys, unicodedata
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else '.'
rows = list(csv.DictReader(open(root + '/translations/glossary.csv', encoding='utf-8')))
if not rows:
    sys.exit('glossary.csv is empty')


def plain(text):
    # Access keys out (&Fund -> Fund), && kept as &, whitespace folded.
    return re.sub(r'\s+', ' ', re.sub(r'&(?!&)', '', text or '')).strip()


def english_pattern(forms):
    return re.compile(r'(?<![\w-])(' + '|'.join(re.escape(f) for f in forms) + r')(?![\w-])',
                      re.IGNORECASE)


def spanish_pattern(forms):
    alts = [re.escape(f).replace(r'\*', r'\w*') for f in forms]
    return re.compile(r'(?<!\w)(' + '|'.join(alts) + r')(?!\w)', re.IGNORECASE)


terms = []
for row in rows:
    english = [f.strip() for f in row['english'].split('|') if f.strip()]
    spanish = [f.strip() for f in row['spanish'].split('|') if f.strip()]
    if not english or not spanish or not row.get('note', '').strip():
        sys.exit('glossary.csv: every row needs english, spanish and a note: %r' % row)
    terms.append((english, spanish, english_pattern(english), spanish_pattern(spanish)))

tree = ET.parse(root + '/translations/sabc_es.ts')
problems = []
checked = 0
for context in tree.getroot().findall('context'):
    name = context.findtext('name')
    for message in context.findall('message'):
        source = plain(message.findtext('source'))
        translation = message.find('translation')
        texts = [plain(n.text) for n in translation.findall('numerusform')] or [plain(translation.text)]
        for english, spanish, en_re, es_re in terms:
            spans = [m.span() for m in en_re.finditer(source)]
            if not spans:
                continue
            # A word the translation keeps as it is (a CSV column "angler", a command word
            # "standings" in a usage line) is a name, not the term.
            if all(any(source[s:e] in text for text in texts) for s, e in spans):
                continue
            # A longer term of the glossary covering this one decides instead.
            longer = [t for t in terms if t[0] != english and any(
                len(m.group(0)) > e - s and m.start() <= s and e <= m.end()
                for m in t[2].finditer(source) for s, e in spans)]
            if longer and all(any(m.start() <= s and e <= m.end() for t in longer
                                  for m in t[2].finditer(source)) for s, e in spans):
                continue
            checked += 1
            for text in texts:
                if not es_re.search(text):
                    problems.append('%s: "%s" -> "%s": "%s" should be "%s"'
                                    % (name, source, text, english[0], spanish[0]))
print('glossary: %d terms, %d uses checked, %d problems' % (len(terms), checked, len(problems)))
for p in problems:
    print('  ' + p)
sys.exit(1 if problems else 0)
