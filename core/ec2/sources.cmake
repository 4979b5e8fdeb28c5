# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    ec2/ec2apiversions.h ec2/ec2apiversions.cpp
)
target_sources(skylight_core PRIVATE
    ec2/ec2types.h
    ec2/ec2parsers.h ec2/ec2parsers.cpp
)
target_sources(skylight_core PRIVATE
    ec2/ec2client.h ec2/ec2client.cpp
    ec2/ec2actionparser.h ec2/ec2actionparser.cpp
    ec2/describeregionsjob.h ec2/describeregionsjob.cpp
    ec2/ec2paging.h ec2/ec2paging.cpp
    ec2/describeinstancesjob.h ec2/describeinstancesjob.cpp
    ec2/describeinstancestatusjob.h ec2/describeinstancestatusjob.cpp
    ec2/instanceactionjob.h ec2/instanceactionjob.cpp
    ec2/modifyinstanceeventstarttimejob.h ec2/modifyinstanceeventstarttimejob.cpp
    ec2/ec2refresh.h ec2/ec2refresh.cpp
)
