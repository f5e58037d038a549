# Installation rules and the Debian package. Included at the end of the top-level CMakeLists.txt.
#
# cmake --install BUILD puts the programs in bin/, the desktop entry, icon and AppStream metadata in share/, the
# manual pages in share/man/man1/ and copyright and changelog in share/doc/rapport/. cpack (in a configured build
# folder) packs the same files into rapport_VERSION_ARCH.deb; cmake -P cmake/package.cmake does it all and checks
# the result with lintian. The packaging's own sources are in resources/packaging/ and docs/man/.
include(GNUInstallDirs)

set(RAPPORT_PACKAGE_MAINTAINER "The Rapport developers <maintainers@users.noreply.h-seed-b5d29b5c.example>"
    CACHE STRING "The Debian package's Maintainer field: Name <address>")
set(RAPPORT_PACKAGE_HOMEPAGE "" CACHE STRING "The Debian package's Homepage field (left out when empty)")

set(packaging_sources "${PROJECT_SOURCE_DIR}/resources/packaging")
set(packaging_output "${PROJECT_BINARY_DIR}/packaging")
set(doc_destination "${CMAKE_INSTALL_DATADIR}/doc/rapport") # not CMAKE_INSTALL_DOCDIR: that is named after "Rapport"

# --- programs and desktop integration ---------------------------------------------------------------------------
install(TARGETS rapport-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
set(manual_pages rapport-cli)
if(RAPPORT_BUILD_UI)
  install(TARGETS rapport RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  list(APPEND manual_pages rapport)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/rapport.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/rapport.svg"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES "${PROJECT_SOURCE_DIR}/resources/rapport.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# --- manual pages and changelog, compressed as Debian wants them (gzip -9n: best compression, no name or time) ---
find_program(RAPPORT_GZIP gzip)
if(RAPPORT_GZIP)
  set(compressed_files "")
  # rapport_gzip(SOURCE OUTPUT_NAME): copies SOURCE to packaging/OUTPUT_NAME and compresses it there.
  function(rapport_gzip source output_name)
    set(output "${packaging_output}/${output_name}")
    add_custom_command(
      OUTPUT "${output}.gz"
      COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${output}"
      COMMAND "${RAPPORT_GZIP}" -9nf "${output}"
      DEPENDS "${source}"
      COMMENT "Compressing ${output_name}"
      VERBATIM)
    set(compressed_files ${compressed_files} "${output}.gz" PARENT_SCOPE)
  endfunction()

  foreach(page IN LISTS manual_pages)
    configure_file("${PROJECT_SOURCE_DIR}/docs/man/${page}.1.in" "${packaging_output}/sources/${page}.1" @ONLY)
    rapport_gzip("${packaging_output}/sources/${page}.1" "${page}.1")
    install(FILES "${packaging_output}/${page}.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  endforeach()
  # The version is native (no Debian revision: the project packs itself), so the Debian changelog is changelog.gz.
  rapport_gzip("${packaging_sources}/changelog" "changelog")
  install(FILES "${packaging_output}/changelog.gz" DESTINATION ${doc_destination})
  add_custom_target(rapport_packaging_files ALL DEPENDS ${compressed_files})
else()
  message(STATUS "gzip not found: the manual pages and the changelog are not installed")
endif()

# --- copyright: LICENSE in Debian's machine-readable format -----------------------------------------------------
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/LICENSE")
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license_text)
if(NOT license_text MATCHES "Copyright \\(c\\) ([^\n]+)")
  message(FATAL_ERROR "LICENSE has no \"Copyright (c) ...\" line for the Debian copyright file")
endif()
set(copyright_holders "${CMAKE_MATCH_1}")
string(REGEX REPLACE "^[^\n]*\n+Copyright \\(c\\) [^\n]+\n+" "" license_terms "${license_text}") # title and holder
string(STRIP "${license_terms}" license_terms)
string(REGEX REPLACE "\n\n+" "\n.\n" license_terms "${license_terms}") # a paragraph break is " ." in Debian fields
string(REPLACE "\n" "\n " license_terms "${license_terms}")
file(
  CONFIGURE
  OUTPUT "${packaging_output}/copyright"
  CONTENT
    "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Rapport
Upstream-Contact: ${RAPPORT_PACKAGE_MAINTAINER}

Files: *
Copyright: ${copyright_holders}
License: Expat

License: Expat
 ${license_terms}
"
  @ONLY)
install(FILES "${packaging_output}/copyright" DESTINATION ${doc_destination})

# --- CPack: the Debian package ----------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME rapport)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Rapport developers")
set(CPACK_PACKAGE_CONTACT "${RAPPORT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop CRM for relationship marketing")
# The extended description, wrapped; CPack puts the summary above it. (Not CPACK_PACKAGE_DESCRIPTION_FILE: CPack
# writes that file's apostrophes as "&apos;".)
file(READ "${packaging_sources}/description" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${packaging_sources}/description")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
if(CMAKE_STRIP)
  set(CPACK_RAPPORT_STRIP "${CMAKE_STRIP}")
  set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/cmake/PackagingStrip.cmake") # .comment and .note as well
endif()
# Directories CPack creates get 0755 whatever the umask; files get install()'s 0644, programs 0755.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                                                WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # rapport_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_SECTION misc) # Debian has no "office" section (lintian: unknown-section)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # Depends: the Debian packages of the libraries the programs link
# Qt's own texts (dialog buttons, context menus) in the user's language come from Qt's translations package.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
if(RAPPORT_PACKAGE_HOMEPAGE)
  set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${RAPPORT_PACKAGE_HOMEPAGE}")
endif()
set(CPACK_SOURCE_GENERATOR "") # no source package: the sources are the git repository
include(CPack)
