# With RAPPORT_SANITIZERS every target is built and linked with ASan and UBSan (the asan preset).
if(RAPPORT_SANITIZERS)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
