// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "transport/apierror.h"

// A value or the error that stopped it: what parsers and jobs hand back.
template <typename T> class Result
{
public:
    static Result success(T value)
    {
        Result r;
        r.m_value = std::move(value);
        return r;
    }
    static Result failure(ApiError error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool isOk() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const ApiError &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    ApiError m_error;
};
