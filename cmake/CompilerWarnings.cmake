# rapport_set_warnings(target): the project's warning set, errors unless RAPPORT_WARNINGS_AS_ERRORS is OFF.
function(rapport_set_warnings target)
  target_compile_options(
    ${target}
    PRIVATE -Wall
            -Wextra
            -Wpedantic
            -Wshadow
            -Wnon-virtual-dtor
            -Woverloaded-virtual
            -Wcast-align
            -Wimplicit-fallthrough
            # GCC 12 reports false -Wrestrict overlaps inside std::string at -O3 (GCC bug 105329).
            $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>>:-Wno-restrict>
            $<$<BOOL:${RAPPORT_WARNINGS_AS_ERRORS}>:-Werror>)
endfunction()
