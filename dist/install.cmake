# install.cmake — what `cmake --install` puts where, and the Debian package CPack makes
# of it (`make package` -> build/rapport_<version>_<arch>.deb). Included by the top-level
# CMakeLists.txt after the `rapport` target; the layout is docs/install.md's.

install(TARGETS rapport RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The data the binary looks for at RAPPORT_BIN_TO_DATA: the theme and the scenarios.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/ DESTINATION ${RAPPORT_INSTALL_DATADIR}/assets)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/scripts/ DESTINATION ${RAPPORT_INSTALL_DATADIR}/scripts
        FILES_MATCHING PATTERN "*.lua")

# Documentation for players, teachers and scenario writers.
file(GLOB rapport_docs ${CMAKE_SOURCE_DIR}/docs/*.md ${CMAKE_SOURCE_DIR}/docs/*.png)
install(FILES ${CMAKE_SOURCE_DIR}/README.md ${rapport_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Desktop integration: the menu entry, the icon in every size, the software-centre entry.
# The home page is where the metainfo's screenshots are fetched from (<homepage>/raw/main/docs/).
set(RAPPORT_HOMEPAGE "https://github.com/rapport-game/rapport" CACHE STRING
    "The project's home page, named in the AppStream metainfo")
set(RAPPORT_RELEASE_DATE "2026-12-04")
configure_file(${CMAKE_SOURCE_DIR}/dist/rapport.desktop.in
               ${CMAKE_BINARY_DIR}/dist/${RAPPORT_APP_ID}.desktop @ONLY)
configure_file(${CMAKE_SOURCE_DIR}/dist/rapport.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/dist/${RAPPORT_APP_ID}.metainfo.xml @ONLY)
configure_file(${CMAKE_SOURCE_DIR}/docs/rapport.1.in ${CMAKE_BINARY_DIR}/dist/rapport.1 @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/dist/rapport.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_BINARY_DIR}/dist/${RAPPORT_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/dist/${RAPPORT_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/dist/icons/rapport.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${RAPPORT_APP_ID}.svg)
foreach(size 16 32 48 64 128 256)
  install(FILES ${CMAKE_SOURCE_DIR}/dist/icons/rapport-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
          RENAME ${RAPPORT_APP_ID}.png)
endforeach()

# The Debian package: Debian's own runtime libraries, installed under /usr.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "rapport")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Rapport")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "practise networking the way that works: a coaching game")
set(CPACK_PACKAGE_DESCRIPTION
  "Rapport is a networking-skills practice game. The player walks into a mixer (a campus\n"
  "career fair, an alumni evening, an industry meetup) and practises meeting people the\n"
  "way that works: introduce yourself, say why, be curious, and follow up afterwards.\n"
  "It scores the depth of the connections made, not the number of cards collected, and\n"
  "includes classroom tools for careers teachers.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGE_FILE_NAME "rapport_${PROJECT_VERSION}")  # replaced by DEB-DEFAULT below
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")                   # rapport_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Rapport maintainers <rapport@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION "games")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The libraries' packages and minimum versions come from dpkg-shlibdeps (dpkg-dev), which
# reads the symbols the binary uses; the fonts it opens at run time are added by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_STRIP_FILES ON)
include(CPack)
