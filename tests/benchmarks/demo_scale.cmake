# Timed CLI run: generate CUSTOMERS demo customers into a fresh file, then check it, and print a table; the file
# is left in demo-scale-CUSTOMERS/ for the app's benchmark.
# cmake -DCLI=path/to/rapport-cli -DCUSTOMERS=1000000 -P demo_scale.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT CLI OR NOT CUSTOMERS)
  message(FATAL_ERROR "usage: cmake -DCLI=... -DCUSTOMERS=... -P demo_scale.cmake")
endif()
set(work "${CMAKE_CURRENT_BINARY_DIR}/demo-scale-${CUSTOMERS}")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")
set(db "${work}/demo.sqlite")

string(TIMESTAMP started "%s")
execute_process(COMMAND "${CLI}" --db "${db}" demo --customers ${CUSTOMERS} --seed 1 --end 2025-12-31
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_QUIET)
string(TIMESTAMP finished "%s")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "demo failed (${result}): ${output}")
endif()
math(EXPR demo_seconds "${finished} - ${started}")
message(STATUS "${output}")

string(TIMESTAMP started "%s")
execute_process(COMMAND "${CLI}" --db "${db}" check RESULT_VARIABLE check_result OUTPUT_VARIABLE check_output)
string(TIMESTAMP finished "%s")
math(EXPR check_seconds "${finished} - ${started}")
message(STATUS "${check_output}")

find_program(SQLITE3 sqlite3 REQUIRED) # the independent check; without it the run proves nothing
# Also the anchor for `check`: SQLite's own full integrity check of the same file, timed.
string(TIMESTAMP started "%s")
execute_process(COMMAND "${SQLITE3}" "${db}" "PRAGMA integrity_check" OUTPUT_VARIABLE integrity
                OUTPUT_STRIP_TRAILING_WHITESPACE)
string(TIMESTAMP finished "%s")
math(EXPR integrity_seconds "${finished} - ${started}")
file(SIZE "${db}" bytes)
math(EXPR mib "${bytes} / 1048576")

message(STATUS "")
message(STATUS "| customers | demo generation | file size | rapport-cli check | anchor: sqlite3 integrity_check |")
message(STATUS "|---|---|---|---|---|")
message(STATUS "| ${CUSTOMERS} | ${demo_seconds} s | ${mib} MiB | ${check_seconds} s, exit ${check_result} | "
               "${integrity_seconds} s, ${integrity} |")
# The database stays for ui_million_customers; the demo_million_customers_cleanup test removes it.
if(NOT check_result EQUAL 0 OR NOT integrity STREQUAL "ok")
  message(FATAL_ERROR "the generated database did not pass its checks")
endif()
