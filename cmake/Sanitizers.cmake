# With RAPPORT_SANITIZERS every target is built and linked with ASan and UBSan (the asan preset). At -O1, as
# AddressSanitizer's documentation advises for reasonable speed: the Debug build's -O0 made the sanitizer test run
# the longest step of cmake/test.cmake. At -O1 GCC reports -Wmaybe-uninitialized inside libstdc++'s <regex> where
# nothing is uninitialized (its flow analysis under ASan's instrumentation), so that one warning is off here only;
# the release build keeps it.
# -g1 keeps the line tables that the sanitizers' reports print (file, line and function of every frame) and leaves
# out the variables' and types' descriptions that only a debugger reads: compiling a subcommand took 33 s instead
# of 43 s, and its object file was 14 MB instead of 29 MB.
if(RAPPORT_SANITIZERS)
  add_compile_options(-O1 -g1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
                      $<$<COMPILE_LANG_AND_ID:CXX,GNU>:-Wno-maybe-uninitialized>)
  add_link_options(-fsanitize=address,undefined)
endif()

# With RAPPORT_FUZZ (clang) every library gets libFuzzer's coverage instrumentation and the sanitizers, so the
# fuzzer sees the branches of the code under test, not only of its own entry point.
if(RAPPORT_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
