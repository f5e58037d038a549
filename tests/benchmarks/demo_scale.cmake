# Timed CLI run: generate CUSTOMERS demo customers into a fresh file, check it, analyse it and export its customers,
# and print a table with wall times and peak memory; the file is left in demo-scale-CUSTOMERS/ for the app's
# benchmark (the analysis here stores no scores, so the app's benchmark measures their first store).
# cmake -DCLI=path/to/rapport-cli -DCUSTOMERS=1000000 -P demo_scale.cmake
cmake_minimum_required(VERSION 3.25)
if(NOT CLI OR NOT CUSTOMERS)
  message(FATAL_ERROR "usage: cmake -DCLI=... -DCUSTOMERS=... -P demo_scale.cmake")
endif()
# Found before the long generation, so that a missing program fails at once.
find_program(GNU_TIME time PATHS /usr/bin NO_DEFAULT_PATH REQUIRED) # the peak memory of each command
find_program(SQLITE3 sqlite3 REQUIRED) # the independent check; without it the run proves nothing
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

# Runs one rapport-cli command under GNU time; sets <name>_seconds, <name>_mib and <name>_result.
function(timed name)
  execute_process(COMMAND "${GNU_TIME}" -f "TIMED %e %M" "${CLI}" --db "${db}" ${ARGN} RESULT_VARIABLE result
                  OUTPUT_QUIET ERROR_VARIABLE err)
  string(REGEX MATCH "TIMED ([0-9.]+) ([0-9]+)" measured "${err}")
  if(NOT measured)
    message(FATAL_ERROR "${name}: no timing from GNU time (${result}): ${err}")
  endif()
  math(EXPR mib "${CMAKE_MATCH_2} / 1024")
  set(${name}_seconds "${CMAKE_MATCH_1}" PARENT_SCOPE)
  set(${name}_mib "${mib}" PARENT_SCOPE)
  set(${name}_result "${result}" PARENT_SCOPE)
endfunction()
timed(analyze analyze)
timed(export export customers --format csv -o "${work}/customers.csv")
# Counted by lines: the demo's customers hold no line breaks in a field.
set(exported_rows 0)
if(EXISTS "${work}/customers.csv")
  execute_process(COMMAND wc -l "${work}/customers.csv" OUTPUT_VARIABLE lines)
  string(REGEX MATCH "[0-9]+" lines "${lines}")
  if(lines)
    math(EXPR exported_rows "${lines} - 1") # the header
  endif()
endif()
file(REMOVE "${work}/customers.csv")

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
message(STATUS "")
message(STATUS "| on the demo base | wall time | peak memory | exit |")
message(STATUS "|---|---|---|---|")
message(STATUS "| rapport-cli analyze | ${analyze_seconds} s | ${analyze_mib} MiB | ${analyze_result} |")
message(STATUS "| rapport-cli export customers --format csv (${exported_rows} rows) | ${export_seconds} s | "
               "${export_mib} MiB | ${export_result} |")
# The database stays for ui_million_customers; the demo_million_customers_cleanup test removes it.
if(NOT check_result EQUAL 0 OR NOT integrity STREQUAL "ok")
  message(FATAL_ERROR "the generated database did not pass its checks")
endif()
if(NOT analyze_result EQUAL 0 OR NOT export_result EQUAL 0 OR NOT exported_rows EQUAL CUSTOMERS)
  message(FATAL_ERROR "analyze or export failed, or the export holds ${exported_rows} customers, not ${CUSTOMERS}")
endif()
