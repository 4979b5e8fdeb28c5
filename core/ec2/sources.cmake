# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    ec2/ec2apiversions.h ec2/ec2apiversions.cpp
)
target_sources(skylight_core PRIVATE
    ec2/ec2types.h
    ec2/ec2parsers.h ec2/ec2parsers.cpp
)
