# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
    # A Debian package installs under /usr; NSIS and the DMG keep their own layout.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
