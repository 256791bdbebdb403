package io.kontor.api.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PatchTest {

    @Test
    void keepLeavesTheValueSetReplacesItEvenWithNull() {
        assertThat(Patch.<String>keep().applyTo("old")).isEqualTo("old");
        assertThat(Patch.set("new").applyTo("old")).isEqualTo("new");
        assertThat(Patch.<String>set(null).applyTo("old")).isNull();
        assertThat(Patch.set(null).isSet()).isTrue();
        assertThat(Patch.keep().isSet()).isFalse();
    }
}
