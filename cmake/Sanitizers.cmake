# With RAPPORT_SANITIZERS every target is built and linked with ASan and UBSan (the asan preset).
if(RAPPORT_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# With RAPPORT_FUZZ (clang) every library gets libFuzzer's coverage instrumentation and the sanitizers, so the
# fuzzer sees the branches of the code under test, not only of its own entry point.
if(RAPPORT_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
