# The Debian 12 packages Rapport needs, and a function that installs the missing ones.
# Used by run.cmake and test.cmake in script mode (cmake -P); nothing is fetched at build or run time.

set(RAPPORT_BUILD_PACKAGES
    cmake
    g++
    ninja-build
    pkg-config
    libsqlite3-dev
    sqlite3
    libspdlog-dev
    nlohmann-json3-dev
    libcli11-dev
    libboost-dev
    libnlopt-cxx-dev
    qt6-base-dev
    qt6-charts-dev
    libqt6opengl6-dev # Qt6Charts' CMake config needs Qt6OpenGL, which qt6-charts-dev does not pull in
    qt6-tools-dev # Qt6LinguistTools' CMake functions (qt_add_lupdate, qt_add_lrelease)
    qt6-l10n-tools # lupdate and lrelease, which turn resources/translations/*.ts into the embedded .qm files
    qt6-translations-l10n # Qt's own dialog texts in Polish, Russian, Ukrainian (Swedish has none in Debian 12)
    libxlsxwriter-dev
    libicu-dev # names sort by their language's alphabet (storage/name_collation)
    libpqxx-dev) # the team database's client library (PostgreSQL)

set(RAPPORT_TEST_PACKAGES
    libgtest-dev
    libgmock-dev
    libbenchmark-dev
    xvfb
    xauth
    poppler-utils
    libreoffice-calc-nogui
    postgresql-15 # the tests start their own PostgreSQL server in a temporary folder
    time # the benchmarks' peak memory of a command (GNU time -f %M)
    locales # the locale sources a test compiles with localedef to write CSV under a decimal-comma LC_NUMERIC
    dpkg-dev # the Debian package's test: cpack asks dpkg-shlibdeps for Depends
    file)

# What cmake/package.cmake needs beyond the build: CPack's DEB generator finds the programs with file and asks
# dpkg-shlibdeps (dpkg-dev) for the Depends field (it writes root as the owner itself, without fakeroot); the
# finished package is checked with lintian and desktop-file-validate.
set(RAPPORT_PACKAGE_PACKAGES
    dpkg-dev
    file
    lintian
    desktop-file-utils)

# rapport_install_packages(<package>...): asks dpkg which packages are missing and installs only those,
# with apt-get when running as root and through sudo otherwise. A second run installs nothing.
function(rapport_install_packages)
  set(missing "")
  foreach(package IN LISTS ARGN)
    execute_process(
      COMMAND dpkg-query -W -f=\${Status} ${package}
      OUTPUT_VARIABLE status
      ERROR_QUIET
      RESULT_VARIABLE result)
    if(NOT result EQUAL 0 OR NOT status MATCHES "install ok installed")
      list(APPEND missing ${package})
    endif()
  endforeach()

  if(NOT missing)
    message(STATUS "All ${ARGC} required Debian packages are installed.")
    return()
  endif()

  find_program(APT_GET apt-get)
  if(NOT APT_GET)
    list(JOIN missing " " missing_text)
    message(FATAL_ERROR "Missing packages: ${missing_text}. This script installs them with apt-get on Debian 12; "
                        "on another system install the equivalents by hand.")
  endif()

  execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
  set(prefix "")
  if(NOT uid STREQUAL "0")
    find_program(SUDO sudo)
    if(NOT SUDO)
      message(FATAL_ERROR "Installing packages needs root, and sudo is not available. Run as root: "
                          "apt-get install ${missing}")
    endif()
    set(prefix ${SUDO})
  endif()

  list(JOIN missing " " missing_text)
  message(STATUS "Installing missing Debian packages: ${missing_text}")
  execute_process(COMMAND ${prefix} ${APT_GET} update -qq RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "apt-get update failed (exit ${result}).")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env DEBIAN_FRONTEND=noninteractive ${prefix} ${APT_GET} install -y
                          --no-install-recommends ${missing} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "apt-get install ${missing_text} failed (exit ${result}).")
  endif()
endfunction()

# rapport_build_preset(): configures (when needed) and builds one of CMakePresets.json's presets in build/PRESET.
function(rapport_build_preset source_dir preset)
  # A configure that failed (a package was missing) leaves a cache but no build.ninja: configure again then.
  if(NOT EXISTS "${source_dir}/build/${preset}/build.ninja")
    execute_process(COMMAND ${CMAKE_COMMAND} --preset ${preset} WORKING_DIRECTORY "${source_dir}"
                    RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
      message(FATAL_ERROR "Configuring the ${preset} build failed (exit ${result}).")
    endif()
  endif()
  cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
  execute_process(COMMAND ${CMAKE_COMMAND} --build --preset ${preset} --parallel ${cores}
                  WORKING_DIRECTORY "${source_dir}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "Building the ${preset} build failed (exit ${result}).")
  endif()
endfunction()

# rapport_build_release(): configures and builds the release preset in build/release.
function(rapport_build_release source_dir)
  rapport_build_preset("${source_dir}" release)
endfunction()
