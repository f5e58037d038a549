#include "io/source_text.h"

#include "io/importer.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rapport::io {

SourceText::SourceText(const std::string& path)
    : m_path(path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        throw ImportError(ImportStop::CannotOpen, path, "cannot open " + path + ": " + std::strerror(error), error);
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw ImportError(ImportStop::NotAFile, path, path + " is not a regular file");
    }
    m_size = static_cast<std::size_t>(info.st_size);
    if (m_size > 0) {
        void* mapped = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (mapped == MAP_FAILED) {
            const int error = errno;
            ::close(fd);
            throw ImportError(ImportStop::CannotRead, path, "cannot read " + path + ": " + std::strerror(error), error);
        }
        ::madvise(mapped, m_size, MADV_SEQUENTIAL);
        m_data = static_cast<const char*>(mapped);
        m_mapped = true;
    }
    ::close(fd);
}

SourceText::~SourceText() {
    if (m_mapped) {
        ::munmap(const_cast<char*>(m_data), m_size);
    }
}

std::string_view SourceText::utf8(const EncodingGuess& encoding) {
    if (encoding.encoding == TextEncoding::Utf8) {
        return bytes().substr(std::min(encoding.bomLength, m_size));
    }
    try {
        m_converted = toUtf8(bytes(), encoding.encoding);
    } catch (const std::runtime_error& e) {
        throw ImportError(ImportStop::Undecodable, m_path,
                          m_path + ": " + e.what() + "; choose the file's encoding by hand");
    }
    return m_converted;
}

void SourceText::releaseBefore(const char* position) {
    if (!m_mapped || position <= m_data || position > m_data + m_size) {
        return;
    }
    const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
    const auto length = static_cast<std::size_t>(position - m_data) / page * page;
    if (length > 0) {
        // The mapping is private and never written: dropped pages are read again from the file if touched.
        ::madvise(const_cast<char*>(m_data), length, MADV_DONTNEED);
    }
}

} // namespace rapport::io
