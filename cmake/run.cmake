# cmake -P cmake/run.cmake: installs what is missing, builds Release and starts Rapport on the default database.
# With no display the app prints a summary of the database instead and says how to get a window.
cmake_minimum_required(VERSION 3.25)
get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
include("${CMAKE_CURRENT_LIST_DIR}/Dependencies.cmake")

rapport_install_packages(${RAPPORT_BUILD_PACKAGES} ${RAPPORT_TEST_PACKAGES})
rapport_build_release("${source_dir}")

set(app "${source_dir}/build/release/ui/rapport")
message(STATUS "Starting ${app}")
execute_process(COMMAND "${app}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "rapport exited with ${result}.")
endif()
