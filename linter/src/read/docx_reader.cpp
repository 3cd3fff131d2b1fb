#include "read/reader.h"

namespace gklint {

ReadResult read_docx(std::string_view, const ReadOptions&) {
    throw InputError("reading docx is not implemented yet", 0);
}

}  // namespace gklint
