# rapport_unity_build(target): with RAPPORT_UNITY_BUILD (the asan preset's) the target's sources are compiled eight
# to a translation unit. The subcommands each include CLI11, which is header-only: a file that merely declares one
# option spends 15 s compiling it under the sanitizers (22 s with full debug information). One unit per eight files
# compiles such headers, and the inline code they bring, once per batch instead of once per file. Measured on the
# 2-core machine: rapport_cli_lib's 42 files took 1,167 s of compiler time in the sanitizer build, its six units
# 191 s. The files of a unit share one anonymous namespace, so a helper's name must be unique within the target:
# two helpers with one signature fail to compile, but two with different parameters silently become overloads,
# and a call could then reach the other file's. Give file-local helpers names that say what they do.
# Off by default: the Release build compiles every file on its own, so a file that compiles only thanks to what an
# earlier file of its batch included or declared fails there, in the same run of cmake/test.cmake.
option(RAPPORT_UNITY_BUILD "Compile the targets with heavy shared headers in unity batches" OFF)

function(rapport_unity_build target)
  if(NOT RAPPORT_UNITY_BUILD)
    return()
  endif()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  # The generated unit includes every source, so GCC takes them all for headers and warns that a test's fixture,
  # declared in an anonymous namespace, is the base of a class with linkage: the warning guards against such a
  # class being defined differently in several translation units, and each of these is defined in one.
  target_compile_options(${target} PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wno-subobject-linkage>)
endfunction()
