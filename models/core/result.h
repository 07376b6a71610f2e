// Result<T>: the value of an operation that can fail, or the reason it failed in words a club
// officer understands. Callers must look at ok() and show or log error(); nothing is swallowed.
#pragma once

#include <QString>

#include <optional>
#include <utility>

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString error)
    {
        Result r;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown error") : std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result of an operation that gives nothing back but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString error)
    {
        Status s;
        s.m_error = error.isEmpty() ? QStringLiteral("unknown error") : std::move(error);
        s.m_ok = false;
        return s;
    }
    static Status success() { return Status(); }
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

private:
    bool m_ok = true;
    QString m_error;
};
