# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: one package per platform, from the same install rules. Linux: a .deb; Windows: an NSIS
# installer; macOS: a DMG holding Skylight.app. The NSIS settings are set on every platform so
# that tests/packaging can build the installer script with makensis on Linux.
set(CPACK_PACKAGE_NAME skylight)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Skylight developers")
set(CPACK_PACKAGE_CONTACT "The Skylight developers <skylight@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Skylight manages instances and storage buckets on Amazon Web Services, Eucalyptus and other
S3- and EC2-compatible clouds: the desktop application (skylight), a command-line client
(skylight-cli) and a local sandbox cloud (skylight-sandbox).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
# Per-generator settings (the Linux install prefix) are applied at packaging time.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_SOURCE_DIR}/cpack-generators.cmake)

# Debian.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Libraries linked in are found by dpkg-shlibdeps; these are loaded at run time: QtKeychain's
# Secret Service backend, Qt's SQLite driver, the platform plugins and the SVG icon engine (the app
# and tray icons; without it they fall back to a plain disc).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")

# Windows: NSIS. Installs into Program Files\Skylight, with a Start menu entry and a desktop
# shortcut for skylight.exe, an uninstaller registered in Apps & features, and optionally
# bin\ on PATH for skylight-cli.
set(CPACK_PACKAGE_INSTALL_DIRECTORY Skylight)
set(CPACK_PACKAGE_EXECUTABLES skylight Skylight)
set(CPACK_CREATE_DESKTOP_LINKS skylight)
set(CPACK_NSIS_PACKAGE_NAME Skylight)
set(CPACK_NSIS_DISPLAY_NAME "Skylight ${PROJECT_VERSION}")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\skylight.exe")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/skylight.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/skylight.ico)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN skylight.exe)
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "skylight@example.invalid")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS: a compressed DMG with Skylight.app and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME Skylight)
set(CPACK_DMG_FORMAT UDZO)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()
include(CPack)
