# SPDX-License-Identifier: GPL-3.0-or-later
# Linux desktop integration: desktop entry, AppStream metainfo, icons and man pages.
install(FILES skylight.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SKYLIGHT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES skylight.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${SKYLIGHT_APP_ID}.svg)

# PNG icons rendered from the SVG at build time (rsvg-convert, else ImageMagick).
find_program(RSVG_CONVERT rsvg-convert)
find_program(IMAGEMAGICK_CONVERT convert)
set(icon_files)
foreach(size 48 128 256)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}/${SKYLIGHT_APP_ID}.png)
    if(RSVG_CONVERT)
        set(render ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${CMAKE_CURRENT_SOURCE_DIR}/skylight.svg)
    elseif(IMAGEMAGICK_CONVERT)
        set(render ${IMAGEMAGICK_CONVERT} -background none -density 300 ${CMAKE_CURRENT_SOURCE_DIR}/skylight.svg
                   -resize ${size}x${size} ${png})
    else()
        message(STATUS "Neither rsvg-convert nor convert found: PNG icons are not installed")
        break()
    endif()
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${render}
        DEPENDS skylight.svg VERBATIM)
    list(APPEND icon_files ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The man pages, compressed as Debian wants them.
set(man_files)
foreach(page skylight skylight-cli skylight-sandbox)
    set(man_gz ${CMAKE_CURRENT_BINARY_DIR}/${page}.1.gz)
    add_custom_command(OUTPUT ${man_gz}
        COMMAND gzip -9n -c ${CMAKE_CURRENT_SOURCE_DIR}/${page}.1 > ${man_gz}
        DEPENDS ${page}.1)
    install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    list(APPEND man_files ${man_gz})
endforeach()

add_custom_target(skylight_packaging_files ALL DEPENDS ${icon_files} ${man_files})
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/skylight RENAME copyright)
