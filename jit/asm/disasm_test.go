package asm

import (
	"strings"
	"testing"

	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

func TestDisassembleAMD64(t *testing.T) {
	b := mustBuilder(t, "amd64")
	top := b.Label()
	b.Op(x86.AADDQ, Reg(x86.REG_CX), Reg(x86.REG_AX))
	b.Branch(x86.AJOS, top)
	ret(b)
	code := mustAssemble(t, b)
	code = append(code, 0x06, 0x0F) // invalid in 64-bit mode; cut-off opcode
	got := Disassemble("amd64", code, 0x1000, map[int]string{
		0: "loop", 2: "inside", 6: "end"})
	want := `
0x0000  48 01 c8                       ADDQ CX, AX                               ; loop; inside (at 0x2)
0x0003  70 fb                          JO 0x1000  -> 0x0000 (loop)
0x0005  c3                             RET
0x0006  06                             BYTE $0x06                                ; end
0x0007  0f                             BYTE $0x0f
`
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDisassembleARM64(t *testing.T) {
	code := []byte{
		0x26, 0x75, 0x0b, 0xd5, // IC IVAU, X6: x/arch does not decode SYS
		0x63, 0x04, 0x00, 0xd1, // SUB $1, R3, R3
		0xe1, 0xff, 0xff, 0x54, // BNE -1(PC)
		0xc0, 0x03, 0x5f, 0xd6, // RET
		0x00, 0x00, 0x00, 0x00, // padding
		0xaa, 0xbb, // stray bytes
	}
	got := Disassemble("arm64", code, 0, map[int]string{4: "loop", 100: "past the end"})
	want := `
0x0000  26 75 0b d5                    WORD $0xd50b7526
0x0004  63 04 00 d1                    SUB $1, R3, R3                            ; loop
0x0008  e1 ff ff 54                    BNE -1(PC)  -> 0x0004 (loop)
0x000c  c0 03 5f d6                    RET
0x0010  00 00 00 00                    WORD $0x00000000
0x0014  aa                             BYTE $0xaa
0x0015  bb                             BYTE $0xbb
0x0064                                                                           ; past the end
`
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
