# Starts or stops the private PostgreSQL server the tests use: a cluster in a temporary folder, reachable only
# through a unix socket in that folder (no TCP port, nothing shared with a server the machine may run).
#   cmake -DACTION=start|stop -DDIR=/tmp/rapport-pg-xxxx -DPORT=54329 -P postgres_server.cmake
# As root the server runs as the 'postgres' user, since PostgreSQL refuses to run as root.
cmake_minimum_required(VERSION 3.25)

file(GLOB _bins LIST_DIRECTORIES true /usr/lib/postgresql/*/bin)
list(SORT _bins ORDER DESCENDING)
find_program(PG_CTL pg_ctl HINTS ${_bins})
find_program(INITDB initdb HINTS ${_bins})
if(NOT PG_CTL OR NOT INITDB)
  message(FATAL_ERROR "PostgreSQL's server programs (initdb, pg_ctl) were not found; "
                      "install them with: apt-get install postgresql-15 (cmake -P cmake/test.cmake does)")
endif()

execute_process(COMMAND id -u OUTPUT_VARIABLE _uid OUTPUT_STRIP_TRAILING_WHITESPACE)
set(_as "")
if(_uid STREQUAL "0")
  set(_as runuser -u postgres --)
endif()

# From inside the server's folder: the postgres user may not enter the folder ctest runs in (a clone under /root).
function(run)
  execute_process(COMMAND ${_as} ${ARGN} WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE _result OUTPUT_VARIABLE _out
                  ERROR_VARIABLE _out)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "${ARGN} failed (${_result}):\n${_out}")
  endif()
endfunction()

if(ACTION STREQUAL "start")
  if(EXISTS "${DIR}/data/postmaster.pid")
    execute_process(COMMAND ${_as} ${PG_CTL} stop -D ${DIR}/data -m immediate OUTPUT_QUIET ERROR_QUIET)
  endif()
  file(REMOVE_RECURSE "${DIR}")
  file(MAKE_DIRECTORY "${DIR}")
  if(_uid STREQUAL "0")
    execute_process(COMMAND chown postgres "${DIR}")
  endif()
  # C.UTF-8: lower() and the text search parser know letters beyond ASCII, as a team's server would.
  run(${INITDB} -D ${DIR}/data -U rapport_test --auth=trust --encoding=UTF8 --locale=C.UTF-8 --no-sync)
  run(${PG_CTL} start -w -t 60 -D ${DIR}/data -l ${DIR}/server.log
      "-o -k ${DIR} -p ${PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c max_connections=60")
  message(STATUS "PostgreSQL test server running: host=${DIR} port=${PORT} user=rapport_test")
elseif(ACTION STREQUAL "stop")
  if(EXISTS "${DIR}/data/postmaster.pid")
    run(${PG_CTL} stop -w -D ${DIR}/data -m fast)
  endif()
  file(REMOVE_RECURSE "${DIR}")
else()
  message(FATAL_ERROR "ACTION must be start or stop")
endif()
