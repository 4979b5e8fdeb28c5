# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS: what makes the installed programs run on a machine without Qt. The
# programs are installed by app/CMakeLists.txt; here they get their icon and version resources
# (Windows), become an app bundle (macOS), and an install script runs windeployqt or macdeployqt
# on them (Qt's deploy support), which copies the Qt libraries and plugins they need next to
# them. Linux packages depend on the distribution's Qt instead and need none of this.

# Both files are configured on every platform, so a Linux build shows a broken template early
# (tests/packaging checks the Info.plist).
set(SKYLIGHT_BUNDLE_EXECUTABLE Skylight)
configure_file(macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set(SKYLIGHT_ICO ${CMAKE_CURRENT_SOURCE_DIR}/windows/skylight.ico)
configure_file(windows/skylight.rc.in ${CMAKE_CURRENT_BINARY_DIR}/skylight.rc @ONLY)

if(WIN32)
    # A GUI program (no console window), with icon and version information.
    target_sources(skylight PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/skylight.rc)
    set_target_properties(skylight PROPERTIES WIN32_EXECUTABLE ON)
elseif(APPLE)
    # Skylight.app with its icon; skylight-cli and skylight-sandbox are installed into
    # Contents/MacOS beside it (app/CMakeLists.txt), where the GUI looks for the sandbox.
    set(icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/Skylight.icns)
    set_source_files_properties(${icns} TARGET_DIRECTORY skylight
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(skylight PRIVATE ${icns})
    set_target_properties(skylight PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME ${SKYLIGHT_BUNDLE_EXECUTABLE}
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
endif()

if(WIN32 OR APPLE)
    # Qt's qt_generate_deploy_app_script(TARGET skylight) deploys one executable. We have three
    # and the sandbox alone needs Qt Sql and its SQLite plugin, so the script below makes the same
    # call to qt_deploy_runtime_dependencies that Qt's generated script makes, with the other
    # two programs as ADDITIONAL_EXECUTABLES (windeployqt takes several binaries; macdeployqt
    # takes them as -executable=).
    if(WIN32)
        set(main_exe "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:skylight>")
        set(extra_exes "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:skylight-cli>")
        if(TARGET skylight-sandbox)
            string(APPEND extra_exes " \${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:skylight-sandbox>")
        endif()
        set(conf GENERATE_QT_CONF)
    else()
        set(main_exe "$<TARGET_FILE_NAME:skylight>.app")
        set(macos_dir "$<TARGET_FILE_NAME:skylight>.app/Contents/MacOS")
        set(extra_exes "${macos_dir}/$<TARGET_FILE_NAME:skylight-cli>")
        if(TARGET skylight-sandbox)
            string(APPEND extra_exes " ${macos_dir}/$<TARGET_FILE_NAME:skylight-sandbox>")
        endif()
        set(conf "")
    endif()
    set(deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)
    file(GENERATE OUTPUT ${deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE ${main_exe}
    ADDITIONAL_EXECUTABLES ${extra_exes}
    ${conf}
)
")
    install(SCRIPT ${deploy_script})
endif()

if(WIN32)
    # The libraries that are not Qt's (QtKeychain, OpenSSL, zlib) are copied from where CMake
    # found them; windeployqt copies Qt's, and Windows' own stay out.
    get_filename_component(openssl_bin "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
    install(RUNTIME_DEPENDENCY_SET skylight_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6[A-Za-z]*\\.dll$"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*"
        DIRECTORIES $<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain> ${openssl_bin}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
