// Command goldens regenerates (or checks) the CPython golden outputs of the
// differential test corpus in interp/testdata.
//
// For every NAME.py it runs `python3 NAME.py` with the working directory set
// to the testdata directory, PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, no
// stdin and a timeout, and writes
//
//	NAME.py.out  exactly the stdout bytes (always written, possibly empty)
//	NAME.py.err  "exit: N\n" followed by exactly the stderr bytes; only when
//	             the exit status is non-zero or stderr is non-empty (a stale
//	             .err is removed otherwise)
//
// CPython 3.9+ makes the script path absolute, so tracebacks and syntax
// errors say File "/abs/path/interp/testdata/NAME.py". To keep the goldens
// independent of where the repository is checked out, every occurrence of
// the testdata directory's absolute path followed by a separator is removed
// from stderr and stdout, which yields File "NAME.py" as a run from inside
// the directory with a relative path would print (stdout too, for programs
// that print a module's __file__ or an ImportError naming one). Nothing else
// is changed.
//
// Files named impmod_*.py are modules the programs import, not programs:
// they are skipped (see testdata/README.md).
//
// Usage (from the repository root):
//
//	go run ./interp/internal/goldens [-dir DIR] [-python PY] [-check] [-timeout D] [-j N] [NAME.py ...]
//
// With no file arguments every DIR/*.py is processed. File arguments are
// names inside DIR (a directory part is ignored; a missing .py suffix is
// added). With -check nothing is written: files whose goldens differ from
// what CPython produces now are reported and the exit status is 1 if any do.
// The Python interpreter must report version 3.11, otherwise the command
// refuses to run, so goldens never silently come from another Python.
// Exit status: 0 on success, 1 if a program could not be run (timeout,
// signal) or -check found differences, 2 on setup errors.
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
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

const wantVersion = "3.11"

// modulePrefix starts the names of imported modules (corpus.ModulePrefix).
const modulePrefix = "impmod_"

func main() {
	log := func(format string, args ...any) {
		fmt.Fprintf(os.Stderr, "goldens: "+format+"\n", args...)
	}
	dirFlag := flag.String("dir", "", "testdata directory (default interp/testdata under the module root)")
	python := flag.String("python", "python3", "CPython "+wantVersion+" interpreter used as the oracle")
	check := flag.Bool("check", false, "do not write; report files whose goldens differ and exit 1 if any")
	timeout := flag.Duration("timeout", 20*time.Second, "per-program timeout")
	jobs := flag.Int("j", runtime.NumCPU(), "number of programs run in parallel")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./interp/internal/goldens [flags] [NAME.py ...]\n")
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
		dir = filepath.Join(root, "interp", "testdata")
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		log("%v", err)
		os.Exit(2)
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		log("%s is not a directory", dir)
		os.Exit(2)
	}

	if err := checkVersion(*python); err != nil {
		log("%v", err)
		os.Exit(2)
	}

	var names []string
	if flag.NArg() == 0 {
		matches, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			log("%v", err)
			os.Exit(2)
		}
		for _, m := range matches {
			if !strings.HasPrefix(filepath.Base(m), modulePrefix) {
				names = append(names, filepath.Base(m))
			}
		}
	} else {
		for _, a := range flag.Args() {
			n := filepath.Base(a)
			if !strings.HasSuffix(n, ".py") {
				n += ".py"
			}
			if _, err := os.Stat(filepath.Join(dir, n)); err != nil {
				log("%v", err)
				os.Exit(2)
			}
			if strings.HasPrefix(n, modulePrefix) {
				log("%s is a module imported by programs, not a program", n)
				os.Exit(2)
			}
			names = append(names, n)
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		log("no .py files in %s", dir)
		os.Exit(2)
	}

	env := pythonEnv()
	prefixes := dirPrefixes(dir)
	results := make([]result, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, *jobs))
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			results[i] = process(dir, prefixes, n, *python, env, *timeout, *check)
		}()
	}
	wg.Wait()

	var changed, withErr, failed int
	for _, r := range results {
		if r.err != nil {
			failed++
			log("%s: %v", r.name, r.err)
			continue
		}
		if r.hasErr {
			withErr++
		}
		if len(r.changes) > 0 {
			changed++
			verb := "updated"
			if *check {
				verb = "differs"
			}
			fmt.Printf("%s %s (%s)\n", verb, r.name, strings.Join(r.changes, ", "))
		}
	}
	if flag.NArg() == 0 {
		// Goldens whose program no longer exists are reported, never deleted.
		for _, pat := range []string{"*.py.out", "*.py.err"} {
			orphans, _ := filepath.Glob(filepath.Join(dir, pat))
			for _, o := range orphans {
				py := strings.TrimSuffix(strings.TrimSuffix(o, ".out"), ".err")
				if _, err := os.Stat(py); errors.Is(err, os.ErrNotExist) {
					log("orphan golden %s (no %s)", filepath.Base(o), filepath.Base(py))
				}
			}
		}
	}

	mode := "written"
	if *check {
		mode = "differ"
	}
	fmt.Printf("goldens: %d programs, %d with .err, %d %s, %d failed (%s, %s)\n",
		len(names), withErr, changed, mode, failed, *python, dir)
	if failed > 0 || (*check && changed > 0) {
		os.Exit(1)
	}
}

type result struct {
	name    string
	hasErr  bool     // the program has (or should have) a .err golden
	changes []string // golden files written (or, with -check, differing)
	err     error    // the program could not be run
}

// process runs one program and writes or checks its goldens.
func process(dir string, prefixes [][]byte, name, python string, env []string, timeout time.Duration, check bool) result {
	r := result{name: name}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, name)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdin = nil // /dev/null
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	runErr := cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		r.err = fmt.Errorf("timed out after %v", timeout)
		return r
	}
	code := 0
	if runErr != nil {
		var ee *exec.ExitError
		if !errors.As(runErr, &ee) {
			r.err = runErr
			return r
		}
		code = ee.ExitCode()
		if code < 0 {
			r.err = fmt.Errorf("killed: %v", runErr)
			return r
		}
	}

	outPath := filepath.Join(dir, name+".out")
	errPath := filepath.Join(dir, name+".err")
	var wantErr []byte
	if code != 0 || stderr.Len() > 0 {
		r.hasErr = true
		errBytes := stderr.Bytes()
		for _, p := range prefixes {
			errBytes = bytes.ReplaceAll(errBytes, p, nil)
		}
		wantErr = append([]byte("exit: "+strconv.Itoa(code)+"\n"), errBytes...)
	}

	outBytes := stdout.Bytes()
	for _, p := range prefixes {
		outBytes = bytes.ReplaceAll(outBytes, p, nil)
	}
	if changed, err := sync1(outPath, outBytes, true, check); err != nil {
		r.err = err
		return r
	} else if changed {
		r.changes = append(r.changes, ".out")
	}
	if changed, err := sync1(errPath, wantErr, r.hasErr, check); err != nil {
		r.err = err
		return r
	} else if changed {
		if r.hasErr {
			r.changes = append(r.changes, ".err")
		} else {
			r.changes = append(r.changes, "stale .err")
		}
	}
	return r
}

// sync1 makes path hold want (if present) or not exist (if !present). It
// reports whether the file differed. With check it only compares.
func sync1(path string, want []byte, present, check bool) (bool, error) {
	have, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, err
	}
	if !present {
		if !exists {
			return false, nil
		}
		if check {
			return true, nil
		}
		return true, os.Remove(path)
	}
	if exists && bytes.Equal(have, want) {
		return false, nil
	}
	if check {
		return true, nil
	}
	return true, os.WriteFile(path, want, 0o644)
}

// dirPrefixes returns the absolute spellings of dir (as given and with
// symlinks resolved, since CPython builds the script path from getcwd),
// each followed by a path separator, longest first.
func dirPrefixes(dir string) [][]byte {
	cands := []string{dir}
	if real, err := filepath.EvalSymlinks(dir); err == nil && real != dir {
		cands = append(cands, real)
	}
	sort.Slice(cands, func(i, j int) bool { return len(cands[i]) > len(cands[j]) })
	var out [][]byte
	for _, c := range cands {
		out = append(out, []byte(c+string(filepath.Separator)))
	}
	return out
}

// pythonEnv is the caller's environment without any PYTHON* variable (which
// could change CPython's behaviour, e.g. PYTHONOPTIMIZE disables asserts),
// plus the fixed settings the goldens are defined with.
func pythonEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
}

// checkVersion refuses any interpreter that is not CPython 3.11.
func checkVersion(python string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-c",
		"import sys, platform; print('%d.%d %s' % (sys.version_info[0], sys.version_info[1], platform.python_implementation()))")
	cmd.Env = pythonEnv()
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("cannot run %s: %v", python, err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 || f[0] != wantVersion || f[1] != "CPython" {
		return fmt.Errorf("%s reports %q; goldens must come from CPython %s (use -python)", python, strings.TrimSpace(string(out)), wantVersion)
	}
	return nil
}

// moduleRoot walks up from the working directory to the directory holding go.mod.
func moduleRoot() (string, error) {
	d, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("no go.mod found in the working directory or its parents")
		}
		d = parent
	}
}
