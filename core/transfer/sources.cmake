# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    transfer/localpath.h transfer/localpath.cpp
    transfer/upload.h transfer/upload.cpp
    transfer/download.h transfer/download.cpp transfer/downloadverification.cpp
    transfer/downloadcrc.h transfer/downloadcrc.cpp
    transfer/servercopy.h transfer/servercopy.cpp
    transfer/partslots.h transfer/partslots.cpp
    transfer/transferitem.h transfer/queuedtransfer.h
    transfer/transferjournal.h transfer/transferjournal.cpp
    transfer/transferqueue.h transfer/transferqueue.cpp transfer/transferqueuelaunch.cpp
    transfer/transferqueueconflicts.cpp
)
