module github.com/tracejit/tracejit

go 1.26.8

require (
	github.com/klauspost/cpuid/v2 v2.4.2
	github.com/twitchyliquid64/golang-asm v0.15.1
	golang.org/x/arch v0.32.0
	golang.org/x/sys v0.49.0
)
