# SPDX-License-Identifier: GPL-3.0-or-later
# skylight_set_warnings(TARGET): the warning set every Skylight target compiles with.
function(skylight_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
endfunction()
