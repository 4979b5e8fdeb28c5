# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    transfer/localpath.h transfer/localpath.cpp
    transfer/upload.h transfer/upload.cpp
    transfer/download.h transfer/download.cpp
)
