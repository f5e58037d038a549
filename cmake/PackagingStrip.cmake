# Run by cpack (CPACK_PRE_BUILD_SCRIPTS) on the staged files, after CPACK_STRIP_FILES' plain strip and before the
# package is made: removes the .comment and .note sections too, as Debian's dh_strip does (lintian:
# binary-has-unneeded-section).
file(GLOB_RECURSE programs LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*/bin/*")
foreach(program IN LISTS programs)
  execute_process(COMMAND "${CPACK_RAPPORT_STRIP}" --remove-section=.comment --remove-section=.note "${program}"
                  RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${CPACK_RAPPORT_STRIP} failed on ${program} (exit ${result})")
  endif()
endforeach()
