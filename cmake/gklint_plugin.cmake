# gklint_plugin_module(NAME SOURCES...): a shared module gklint can load as a plugin —
# no "lib" prefix, everything hidden but the entry point (GKLINT_PLUGIN_EXPORT), built
# against the public plugin headers. Used by gklint's own plugins and, installed with
# the gklint-dev package, by third-party plugins (find_package(gklint)).
function(gklint_plugin_module name)
  add_library(${name} MODULE ${ARGN})
  target_link_libraries(${name} PRIVATE gklint::plugin_api)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    C_VISIBILITY_PRESET hidden CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
endfunction()
