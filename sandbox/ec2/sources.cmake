# SPDX-License-Identifier: GPL-3.0-or-later
# The sandbox's EC2 Query API (included from sandbox/CMakeLists.txt).
target_sources(skylight_sandbox PRIVATE
    ec2/ec2authverifier.h ec2/ec2authverifier.cpp
    ec2/ec2call.h ec2/ec2call.cpp
    ec2/ec2demodata.h ec2/ec2demodata.cpp
    ec2/ec2describeinstances.h ec2/ec2describeinstances.cpp
    ec2/ec2describeinstancestatus.h ec2/ec2describeinstancestatus.cpp
    ec2/sandboxevent.h ec2/sandboxevent.cpp
    ec2/ec2eventactions.h ec2/ec2eventactions.cpp
    ec2/ec2filters.h ec2/ec2filters.cpp
    ec2/sandboxinstance.h ec2/sandboxinstance.cpp
    ec2/ec2instanceselection.h ec2/ec2instanceselection.cpp
    ec2/ec2instancexml.h ec2/ec2instancexml.cpp
    ec2/ec2lifecycleactions.h ec2/ec2lifecycleactions.cpp
    ec2/ec2regionactions.h ec2/ec2regionactions.cpp
    ec2/ec2router.h ec2/ec2router.cpp
    ec2/ec2store.h ec2/ec2store.cpp
    ec2/ec2tagactions.h ec2/ec2tagactions.cpp
    ec2/ec2xml.h ec2/ec2xml.cpp
)
