# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(skylight_core PRIVATE
    clouds/cloudprofile.h clouds/cloudprofile.cpp
    clouds/profilepresets.h clouds/profilepresets.cpp
    clouds/adhocprofile.h clouds/adhocprofile.cpp
    clouds/addressing.h clouds/addressing.cpp
    clouds/profilestore.h clouds/profilestore.cpp
    clouds/credentialjob.h clouds/credentialjob.cpp
    clouds/credentialstore.h clouds/credentialstore.cpp
    clouds/environmentcredentials.h clouds/environmentcredentials.cpp
    clouds/awscredentialchain.h clouds/awscredentialchain.cpp
    clouds/importresult.h
    clouds/importsupport.h clouds/importsupport.cpp
    clouds/inifile.h clouds/inifile.cpp
    clouds/awsconfigimporter.h clouds/awsconfigimporter.cpp
    clouds/botoimporter.h clouds/botoimporter.cpp
    clouds/eucarcimporter.h clouds/eucarcimporter.cpp
    clouds/s3cfgimporter.h clouds/s3cfgimporter.cpp
    clouds/connectiontester.h clouds/connectiontester.cpp
)
target_sources(skylight_core PRIVATE
    clouds/ziparchive.h clouds/ziparchive.cpp
)
