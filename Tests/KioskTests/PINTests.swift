import Kiosk
import Testing

@Suite("PIN")
struct PINTests {
  @Test("the right PIN verifies and a wrong one does not")
  func rightAndWrong() throws {
    let hash = try PIN.hash("4711")
    #expect(hash.hasPrefix("$6$"))
    #expect(!hash.contains("4711"))
    #expect(PIN.isWellFormedHash(hash))
    #expect(PIN.verify("4711", against: hash))
    #expect(!PIN.verify("4712", against: hash))
    #expect(!PIN.verify("", against: hash))
    #expect(!PIN.verify("47111", against: hash))
  }

  @Test("the salt has 16 characters and differs between two hashes of one PIN")
  func salted() throws {
    let a = try PIN.hash("4711")
    let b = try PIN.hash("4711")
    #expect(a != b)
    let salt = a.split(separator: "$")[1]
    #expect(salt.count == 16)
    #expect(PIN.verify("4711", against: a) && PIN.verify("4711", against: b))
  }

  @Test("a hash made elsewhere with crypt(3) verifies")
  func compatible() {
    // python3 -c 'import crypt; print(crypt.crypt("4711", "$6$saltsaltsaltsalt"))'
    let hash =
      "$6$saltsaltsaltsalt$9AJvi2xe5Q3FtjeR6eRNcVleXX6eUTkunvwPBMVfenPqmntKZ8Ymo/7j6sgR5ZWTJ26R1afP5YcH7wvcmtNUI1"
    #expect(PIN.verify("4711", against: hash))
  }

  @Test("short PINs and malformed hashes are refused")
  func refused() {
    #expect(throws: PINError.tooShort(minimum: 4)) { try PIN.hash("123") }
    #expect(!PIN.verify("4711", against: "4711"))
    #expect(!PIN.verify("4711", against: "$1$abc$def"))
    #expect(!PIN.verify("4711", against: ""))
    #expect(!PIN.isWellFormedHash("$6$salt$short"))
  }
}
