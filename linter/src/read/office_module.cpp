#include "read/office_module.h"

#include "core/private_module.h"
#include "text/decoder.h"

namespace gklint {

const OfficeModule& office_module() {
    static const auto loaded =
        load_private_module<OfficeModule>("gklint-office.so", "gklint_office_module", kOfficeModuleVersion, "PDF/Word reader");
    if (!loaded.first) throw InputError(loaded.second, 0);
    return *loaded.first;
}

}  // namespace gklint
