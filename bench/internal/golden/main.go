// Command golden regenerates (or checks) the expected outputs of the
// benchmark programs at their small size, bench/testdata/NAME.small.out.
//
// For every program in bench.Sizes it runs `python3 NAME.py SMALL` in the
// bench directory with PYTHONHASHSEED=0, no stdin and a timeout, and
// writes exactly the stdout bytes. A program that exits non-zero or prints
// on stderr is an error: benchmark programs must run cleanly.
//
// Usage (from the repository root):
//
//	go run ./bench/internal/golden [-dir DIR] [-python PY] [-check] [NAME ...]
//
// With -check nothing is written; goldens that differ from what CPython
// prints now are reported and the exit status is 1. The interpreter must
// report version 3.11, otherwise the command refuses to run, so goldens
// never silently come from another Python.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/tracejit/tracejit/bench"
)

const wantVersion = "3.11"

func main() {
	log := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "golden: "+format+"\n", args...)
	}
	dirFlag := flag.String("dir", "", "bench directory (default bench under the module root)")
	python := flag.String("python", "python3", "CPython "+wantVersion+" interpreter used as the oracle")
	check := flag.Bool("check", false, "do not write; report goldens that differ and exit 1 if any")
	timeout := flag.Duration("timeout", 60*time.Second, "per-program timeout")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./bench/internal/golden [flags] [NAME ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()

	dir := *dirFlag
	if dir == "" {
		root, err := moduleRoot()
		if err != nil {
			log("%v", err)
			os.Exit(2)
		}
		dir = filepath.Join(root, "bench")
	}
	if err := checkVersion(*python); err != nil {
		log("%v", err)
		os.Exit(2)
	}
	names := bench.Programs()
	if flag.NArg() > 0 {
		names = nil
		for _, a := range flag.Args() {
			n := strings.TrimSuffix(filepath.Base(a), ".py")
			if _, ok := bench.Sizes[n]; !ok {
				log("%s is not a benchmark program (add it to bench.Sizes)", n)
				os.Exit(2)
			}
			names = append(names, n)
		}
	}
	status := 0
	for _, name := range names {
		arg := bench.Sizes[name].Small
		out, err := runPython(*python, dir, name+".py", arg, *timeout)
		if err != nil {
			log("%s: %v", name, err)
			status = 1
			continue
		}
		path := filepath.Join(dir, "testdata", name+".small.out")
		if *check {
			old, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(old, out) {
				log("%s: golden differs from CPython's output", name)
				status = 1
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			log("%v", err)
			os.Exit(2)
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			log("%v", err)
			os.Exit(2)
		}
		fmt.Printf("%s %s: %d bytes\n", name, arg, len(out))
	}
	os.Exit(status)
}

func runPython(python, dir, file, arg string, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, file, arg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("timed out after %v", timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("%v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		return nil, fmt.Errorf("printed on stderr:\n%s", stderr.String())
	}
	return stdout.Bytes(), nil
}

// checkVersion refuses any Python but 3.11.
func checkVersion(python string) error {
	out, err := exec.Command(python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
	if err != nil {
		return fmt.Errorf("cannot run %s: %v", python, err)
	}
	if v := strings.TrimSpace(string(out)); v != wantVersion {
		return fmt.Errorf("%s is Python %s; goldens must come from CPython %s", python, v, wantVersion)
	}
	out, err = exec.Command(python, "-c", "import sys; print(sys.implementation.name)").Output()
	if err != nil || strings.TrimSpace(string(out)) != "cpython" {
		return fmt.Errorf("%s is not CPython", python)
	}
	return nil
}

// moduleRoot finds the directory of go.mod above the working directory.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}
