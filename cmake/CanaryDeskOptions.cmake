# Project-wide options and the one INTERFACE target that carries language level, warnings and defines.
option(CANARYDESK_BUILD_TESTS "Build the test suite" ON)
option(CANARYDESK_WERROR "Treat compiler warnings as errors" OFF)
option(CANARYDESK_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
option(CANARYDESK_FUZZ "Build the libFuzzer harnesses in fuzz/ (clang; instruments the core)" OFF)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(canarydesk_common_cfg INTERFACE)
add_library(canarydesk::common_cfg ALIAS canarydesk_common_cfg)
target_compile_features(canarydesk_common_cfg INTERFACE cxx_std_20)
target_compile_options(canarydesk_common_cfg INTERFACE -Wall -Wextra -Wpedantic)
if(CANARYDESK_WERROR)
    target_compile_options(canarydesk_common_cfg INTERFACE -Werror)
endif()
if(CANARYDESK_SANITIZE)
    target_compile_options(canarydesk_common_cfg INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(canarydesk_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
if(CANARYDESK_FUZZ)
    # Debian's Qt is built by GCC; clang code must not bind Qt's data directly (else QString literals read
    # garbage: found by the first fuzz run). Qt's own CMake adds this only when its feature flag is set.
    target_compile_options(canarydesk_common_cfg INTERFACE -fsanitize=fuzzer-no-link,address,undefined
        -fno-omit-frame-pointer -fno-direct-access-external-data)
    target_link_options(canarydesk_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(canarydesk_common_cfg INTERFACE
    CANARYDESK_VERSION="${PROJECT_VERSION}"
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS)
target_include_directories(canarydesk_common_cfg INTERFACE "${PROJECT_SOURCE_DIR}")

# canarydesk_add_core_library(NAME SOURCES ... LINK ...): a static core module with a canarydesk:: alias.
function(canarydesk_add_core_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LINK;PRIVATE_LINK" ${ARGN})
    add_library(canarydesk_${name} STATIC ${ARG_SOURCES})
    add_library(canarydesk::${name} ALIAS canarydesk_${name})
    target_link_libraries(canarydesk_${name}
        PUBLIC canarydesk::common_cfg ${ARG_PUBLIC_LINK}
        PRIVATE ${ARG_PRIVATE_LINK})
    # The core must never see widgets: refuse GUI modules at configure time.
    foreach(lib IN LISTS ARG_PUBLIC_LINK ARG_PRIVATE_LINK)
        if(lib MATCHES "Qt6?::(Gui|Widgets|Charts)")
            message(FATAL_ERROR "core module ${name} must not link ${lib}")
        endif()
    endforeach()
endfunction()
