#include "office_parts.h"

extern "C" __attribute__((visibility("default"))) const gklint::OfficeModule* gklint_office_module() {
    static const gklint::OfficeModule table{gklint::kOfficeModuleVersion, gklint::office::load_pdf_pages_apart,
                                            gklint::office::open_zip, gklint::office::read_zip_part,
                                            gklint::office::close_zip};
    return &table;
}
