# Writes the Debian documents of the package into OUT_DIR, compressed as Debian wants them
# (gzip -9n): the manual page sabc.1.gz, made from `sabc --help` so the two never disagree, and
# changelog.Debian.gz. Run at build time: cmake -DSABC=... -DSRC=... -DOUT_DIR=... -DVERSION=...
# -DDEB_VERSION=... -P make-doc.cmake
set(scratch "${OUT_DIR}/home")
file(MAKE_DIRECTORY "${scratch}")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=LANGUAGE
            LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME=${scratch} XDG_DATA_HOME=${scratch}/data
            XDG_CONFIG_HOME=${scratch}/config "${SABC}" --help
    OUTPUT_VARIABLE help
    RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR help STREQUAL "")
  message(FATAL_ERROR "sabc --help failed (${status}); the manual page is made from it")
endif()
# roff: a backslash is written \e, a minus sign \-; a line starting with . or ' gets \&.
string(REPLACE "\\" "\\e" help "${help}")
string(REPLACE "-" "\\-" help "${help}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
string(REGEX REPLACE "\n$" "" SABC_HELP "${help}")
# Dates from SOURCE_DATE_EPOCH when it is set, so the package builds reproducibly.
string(TIMESTAMP SABC_MAN_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP SABC_DEB_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(PROJECT_VERSION "${VERSION}")
set(SABC_DEB_VERSION "${DEB_VERSION}")
configure_file("${SRC}/sabc.1.in" "${OUT_DIR}/sabc.1" @ONLY)
configure_file("${SRC}/changelog.in" "${OUT_DIR}/changelog.Debian" @ONLY)
foreach(doc sabc.1 changelog.Debian)
  execute_process(COMMAND gzip -9nf "${OUT_DIR}/${doc}" RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "gzip ${doc} failed")
  endif()
endforeach()
file(REMOVE_RECURSE "${scratch}")
