# A formula template for a Homebrew tap (a repository named homebrew-<tap>, this file in its Formula/ folder):
#   brew install <owner>/<tap>/lab-grader
# For each release, set VERSION and OWNER/REPO, and each sha256 from the release's SHA256SUMS (eng/publish.sh writes it).
# The release's files are single self-contained executables: nothing to build, no .NET to depend on.
class LabGrader < Formula
  desc "Grades socket-programming labs: TCP and UDP programs, a web server, a UDP pinger, an SMTP client"
  homepage "https://github.com/OWNER/REPO"
  version "VERSION"
  # license "…"  (the grader's licence, once it has one)

  on_macos do
    on_arm do
      url "https://github.com/OWNER/REPO/releases/download/vVERSION/grader-VERSION-osx-arm64"
      sha256 "SHA256_OF_grader-VERSION-osx-arm64"
    end
    on_intel do
      url "https://github.com/OWNER/REPO/releases/download/vVERSION/grader-VERSION-osx-x64"
      sha256 "SHA256_OF_grader-VERSION-osx-x64"
    end
  end

  on_linux do
    on_arm do
      url "https://github.com/OWNER/REPO/releases/download/vVERSION/grader-VERSION-linux-arm64"
      sha256 "SHA256_OF_grader-VERSION-linux-arm64"
    end
    on_intel do
      url "https://github.com/OWNER/REPO/releases/download/vVERSION/grader-VERSION-linux-x64"
      sha256 "SHA256_OF_grader-VERSION-linux-x64"
    end
  end

  def install
    # The download is the executable itself, named after its platform.
    bin.install Dir["grader-*"].first => "grader"
  end

  test do
    assert_match version.to_s, shell_output("#{bin}/grader --version")
    assert_match "lab1-sockets", shell_output("#{bin}/grader labs")
  end
end
