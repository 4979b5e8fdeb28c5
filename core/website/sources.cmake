# SPDX-License-Identifier: GPL-3.0-or-later
# Static-website settings: the lossless WebsiteConfiguration, endpoints, bucket-settings jobs and
# "Make public" (issue 7).
target_sources(skylight_core PRIVATE
    website/keptxml.h website/keptxml.cpp
    website/websiteconfiguration.h website/websiteconfiguration.cpp website/websitevalidation.cpp
    website/websiteendpoint.h website/websiteendpoint.cpp
    website/websitesupport.h website/websitesupport.cpp
    website/bucketsubresourcejob.h website/bucketsubresourcejob.cpp
    website/getbucketwebsitejob.h website/getbucketwebsitejob.cpp
    website/putbucketwebsitejob.h website/putbucketwebsitejob.cpp
    website/publicreadpolicy.h website/publicreadpolicy.cpp
    website/publicaccessblock.h website/publicaccessblock.cpp
    website/makepublicplan.h website/makepublicplan.cpp
    website/publicrecord.h website/publicrecord.cpp
    website/makepublicjob.h website/makepublicjob.cpp
    website/makeprivatejob.h website/makeprivatejob.cpp
    website/jobsteps.h
    website/websitereachabilityjob.h website/websitereachabilityjob.cpp
    website/publishplan.h website/publishplan.cpp
    website/websitepublisher.h website/websitepublisher.cpp
    website/objectredirectjob.h website/objectredirectjob.cpp
)
