# cmake -P cmake/test.cmake: installs what is missing, builds Release and runs every test with ctest.
# Benchmarks (label "benchmark") are left out; run them with: ctest --preset benchmark
cmake_minimum_required(VERSION 3.25)
get_filename_component(source_dir "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
include("${CMAKE_CURRENT_LIST_DIR}/Dependencies.cmake")

rapport_install_packages(${RAPPORT_BUILD_PACKAGES} ${RAPPORT_TEST_PACKAGES})
rapport_build_release("${source_dir}")

cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --preset release --parallel ${cores}
                WORKING_DIRECTORY "${source_dir}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "Tests failed (ctest exit ${result}).")
endif()
