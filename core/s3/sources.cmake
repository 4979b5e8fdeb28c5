# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    s3/s3types.h
    s3/trickykeys.h s3/trickykeys.cpp
    s3/xmldocument.h s3/xmldocument.cpp
    s3/listobjectsparser.h s3/listobjectsparser.cpp
    s3/multipartparsers.h s3/multipartparsers.cpp
)
target_sources(skylight_core PRIVATE
    s3/s3client.h s3/s3client.cpp
    s3/listbucketsjob.h s3/listbucketsjob.cpp
    s3/listobjectsjob.h s3/listobjectsjob.cpp
)
