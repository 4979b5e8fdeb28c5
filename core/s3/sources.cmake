# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    s3/s3types.h
    s3/trickykeys.h s3/trickykeys.cpp
    s3/xmldocument.h s3/xmldocument.cpp
    s3/listobjectsparser.h s3/listobjectsparser.cpp
    s3/listingguard.h s3/listingguard.cpp
    s3/multipartparsers.h s3/multipartparsers.cpp
)
target_sources(skylight_core PRIVATE
    s3/s3client.h s3/s3client.cpp
    s3/listbucketsjob.h s3/listbucketsjob.cpp
    s3/listobjectsjob.h s3/listobjectsjob.cpp
    s3/getbucketlocationjob.h s3/getbucketlocationjob.cpp
)
target_sources(skylight_core PRIVATE
    s3/s3job.h s3/s3job.cpp
    s3/bodydigest.h s3/bodydigest.cpp
    s3/streamdigest.h s3/streamdigest.cpp
    s3/crc32c.h s3/crc32c.cpp
    s3/fileslicedevice.h s3/fileslicedevice.cpp
    s3/headobjectjob.h s3/headobjectjob.cpp
    s3/getobjectjob.h s3/getobjectjob.cpp
    s3/putobjectjob.h s3/putobjectjob.cpp
    s3/deleteobjectjob.h s3/deleteobjectjob.cpp
    s3/deleteobjectsjob.h s3/deleteobjectsjob.cpp
    s3/copyobjectjob.h s3/copyobjectjob.cpp
    s3/createbucketjob.h s3/createbucketjob.cpp
    s3/deletebucketjob.h s3/deletebucketjob.cpp
    s3/createmultipartuploadjob.h s3/createmultipartuploadjob.cpp
    s3/uploadpartjob.h s3/uploadpartjob.cpp
    s3/uploadpartcopyjob.h s3/uploadpartcopyjob.cpp
    s3/completemultipartuploadjob.h s3/completemultipartuploadjob.cpp
    s3/abortmultipartuploadjob.h s3/abortmultipartuploadjob.cpp
    s3/listpartsjob.h s3/listpartsjob.cpp
    s3/listmultipartuploadsjob.h s3/listmultipartuploadsjob.cpp
    s3/strayuploadsweep.h s3/strayuploadsweep.cpp
    s3/aclparser.h s3/aclparser.cpp
    s3/getobjectacljob.h s3/getobjectacljob.cpp
)
