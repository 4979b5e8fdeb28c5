# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    transport/httprequest.h transport/httprequest.cpp
    transport/rawhttprequest.h transport/rawhttprequest.cpp
    transport/httpresponse.h
    transport/apierror.h transport/apierror.cpp
    transport/errorbodyparser.h transport/errorbodyparser.cpp
    transport/clock.h transport/clock.cpp
    transport/clockskew.h transport/clockskew.cpp
    transport/retrypolicy.h transport/retrypolicy.cpp
    transport/retryquota.h transport/retryquota.cpp
    transport/regioncache.h transport/regioncache.cpp
    transport/tlssettings.h transport/tlssettings.cpp
    transport/endpoint.h
    transport/redact.h transport/redact.cpp
    transport/httptransport.h transport/httptransport.cpp
    transport/connectionpool.h transport/connectionpool.cpp
    transport/result.h
    transport/offthread.h
    transport/exchange.h transport/exchange.cpp
    transport/retrydecider.h transport/retrydecider.cpp
    transport/bodysinkpump.h transport/bodysinkpump.cpp
    transport/attemptoutcome.h
    transport/httpresponseparser.h transport/httpresponseparser.cpp
    transport/rawhttpsender.h transport/rawhttpsender.cpp
    transport/logging.h transport/logging.cpp
    transport/libraryinfo.h transport/libraryinfo.cpp
)
# The About box's versions: QtKeychain's from its CMake package, the git revision at configure time
# (only this one file is rebuilt when it changes).
find_package(Git QUIET)
set(SKYLIGHT_GIT_REVISION "")
if(GIT_FOUND AND EXISTS ${PROJECT_SOURCE_DIR}/.git)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${PROJECT_SOURCE_DIR} describe --always --dirty
        OUTPUT_VARIABLE SKYLIGHT_GIT_REVISION OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
set_source_files_properties(transport/libraryinfo.cpp PROPERTIES COMPILE_DEFINITIONS
    "SKYLIGHT_GIT_REVISION=\"${SKYLIGHT_GIT_REVISION}\";SKYLIGHT_QTKEYCHAIN_VERSION=\"${Qt6Keychain_VERSION}\"")
