#include "read/reader.h"

namespace gklint {

ReadResult read_pdf(std::string_view, const ReadOptions&) {
    throw InputError("reading pdf is not implemented yet", 0);
}

}  // namespace gklint
