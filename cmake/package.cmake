# cmake -P cmake/package.cmake: installs what is missing, builds the "package" preset (Release with Debian's
# hardening flags, no tests) in build/package, packs build/package/rapport_VERSION_ARCH.deb with cpack and checks
# it with lintian and desktop-file-validate. Install the result with: sudo apt install ./build/package/rapport_*.deb
cmake_minimum_required(VERSION 3.25)
get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
include("${CMAKE_CURRENT_LIST_DIR}/Dependencies.cmake")

rapport_install_packages(${RAPPORT_BUILD_PACKAGES} ${RAPPORT_PACKAGE_PACKAGES})
set(build_dir "${source_dir}/build/package")

# The Debian changelog must have an entry for the version being packed (its newest entry comes first).
file(READ "${source_dir}/CMakeLists.txt" top_level)
string(REGEX MATCH "project\\([^)]*VERSION[ \t\r\n]+([0-9.]+)" _ "${top_level}")
set(version "${CMAKE_MATCH_1}")
file(STRINGS "${source_dir}/resources/packaging/changelog" newest_entry LIMIT_COUNT 1)
if(NOT newest_entry MATCHES "^rapport \\(${version}\\) ")
  message(FATAL_ERROR "resources/packaging/changelog starts with \"${newest_entry}\", but the project's version is "
                      "${version}: add an entry for ${version} at the top.")
endif()

file(READ "${source_dir}/resources/rapport.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release version=\"${version}\"")
  message(FATAL_ERROR "resources/rapport.metainfo.xml has no <release version=\"${version}\" date=\"...\"/>.")
endif()

rapport_build_preset("${source_dir}" package)

# A package left from an earlier version would be installed by "apt install ./build/package/rapport_*.deb" too.
file(GLOB old_packages "${build_dir}/rapport_*.deb")
if(old_packages)
  file(REMOVE ${old_packages})
endif()
execute_process(COMMAND ${CMAKE_CPACK_COMMAND} -G DEB WORKING_DIRECTORY "${build_dir}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack failed (exit ${result}).")
endif()
file(GLOB package "${build_dir}/rapport_*.deb")
list(LENGTH package count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "Expected one rapport_*.deb in ${build_dir}, found ${count}.")
endif()

execute_process(COMMAND dpkg-deb --info "${package}" OUTPUT_VARIABLE info)
execute_process(COMMAND dpkg-deb --contents "${package}" OUTPUT_VARIABLE contents)
message(STATUS "${package}:\n${info}\n${contents}")

# The desktop entry as installed.
find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND "${DESKTOP_FILE_VALIDATE}" "${source_dir}/resources/rapport.desktop"
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate found problems in resources/rapport.desktop.")
  endif()
  message(STATUS "desktop-file-validate: resources/rapport.desktop is valid.")
endif()

# lintian: no errors and no warnings (info and pedantic notes are printed; see the README for those that remain).
find_program(LINTIAN lintian)
if(LINTIAN)
  message(STATUS "lintian --info --display-info ${package}")
  execute_process(COMMAND "${LINTIAN}" --info --display-info --fail-on error,warning "${package}"
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "lintian found errors or warnings in ${package} (exit ${result}).")
  endif()
  message(STATUS "lintian: no errors, no warnings.")
else()
  message(STATUS "lintian is not installed: the package was not checked.")
endif()

message(STATUS "Built ${package}\nInstall it with: sudo apt install ${package}")
