import BeredskapJournal
import Foundation
import Testing

/// The RFC 6962 tree against the published vectors of transparency-dev/merkle (leaf inputs, roots of every size
/// up to 8, proof probes in Fixtures/) and against a direct recursive definition for every size up to 40.
@Suite struct MerkleTreeTests {
    /// transparency-dev/merkle testonly.LeafInputs().
    static let leafInputs: [[UInt8]] = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                                        "606162636465666768696a6b6c6d6e6f"].map(hexBytes)
    /// transparency-dev/merkle testonly.RootHashes(), for sizes 0 through 8.
    static let roots: [String] = [
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    static var vectorTree: MerkleTree { MerkleTree(leaves: leafInputs.map(TreeHash.leaf)) }

    @Test func rootsOfEverySizeMatchTheVectors() {
        let tree = Self.vectorTree
        for size in 0...8 {
            #expect(tree.root(size: size) == TreeHash(bytes: hexBytes(Self.roots[size])), "size \(size)")
        }
        // A tree grown one leaf at a time has the same roots at each size.
        var grown = MerkleTree()
        for (i, input) in Self.leafInputs.enumerated() {
            grown.append(.leaf(input))
            #expect(grown.root == TreeHash(bytes: hexBytes(Self.roots[i + 1])))
        }
    }

    /// A hash that is not 32 bytes never becomes a TreeHash (the probes include such garbage): those probes
    /// count as refused, as the proof file reader refuses them.
    @Test func everyInclusionProbeIsJudgedAsPublished() throws {
        for probe in try Self.probes("inclusion") {
            var verified = false
            if let leaf = Self.hash(probe["leafHash"]), let root = Self.hash(probe["root"]), let proof = Self.hashes(probe["proof"]) {
                verified = MerkleProof.verifyInclusion(leaf: leaf, index: Self.int(probe["leafIdx"]),
                                                       size: Self.int(probe["treeSize"]), proof: proof, root: root)
            }
            #expect(verified == !(probe["wantErr"] as! Bool), "\(probe["file"]!)")
        }
    }

    @Test func everyConsistencyProbeIsJudgedAsPublished() throws {
        // This probe accepts two equal 12-byte "roots" of size 1; a root that is not 32 bytes is refused here before
        // any comparison, so it is the one probe judged otherwise.
        let notAHash = "consistency/additional/sizes-are-equal-one-and-proof-is-empty.json"
        for probe in try Self.probes("consistency") where probe["file"] as! String != notAHash {
            var verified = false
            if let old = Self.hash(probe["root1"]), let new = Self.hash(probe["root2"]), let proof = Self.hashes(probe["proof"]) {
                verified = MerkleProof.verifyConsistency(oldSize: Self.int(probe["size1"]), newSize: Self.int(probe["size2"]),
                                                         oldRoot: old, newRoot: new, proof: proof)
            }
            #expect(verified == !(probe["wantErr"] as! Bool), "\(probe["file"]!)")
        }
    }

    @Test func proofsMadeFromTheVectorLeavesAreThePublishedOnes() throws {
        let tree = Self.vectorTree
        var compared = 0
        for probe in try Self.probes("inclusion") where !(probe["wantErr"] as! Bool) && Self.int(probe["treeSize"]) <= 8 {
            let (index, size) = (Self.int(probe["leafIdx"]), Self.int(probe["treeSize"]))
            guard tree.leaf(index) == Self.hash(probe["leafHash"]) else { continue }
            #expect(tree.inclusionProof(index: index, size: size) == Self.hashes(probe["proof"]), "\(probe["file"]!)")
            compared += 1
        }
        for probe in try Self.probes("consistency") where !(probe["wantErr"] as! Bool) {
            let (old, new) = (Self.int(probe["size1"]), Self.int(probe["size2"]))
            guard new <= 8, tree.root(size: old) == Self.hash(probe["root1"]) else { continue }
            #expect(tree.consistencyProof(from: old, to: new) == Self.hashes(probe["proof"]), "\(probe["file"]!)")
            compared += 1
        }
        #expect(compared >= 8, "the happy-path probes are made from the vector leaves")
    }

    @Test func everyProofOfEverySmallTreeVerifiesAndAChangedOneDoesNot() {
        let leaves = (0..<40).map { TreeHash.leaf(Array("linje \($0)".utf8)) }
        let tree = MerkleTree(leaves: leaves)
        for size in 1...40 {
            let root = tree.root(size: size)
            #expect(root == Self.reference(leaves[0..<size]), "size \(size)")
            #expect(MerkleProof.root(of: tree.subtrees(size: size)) == root)
            for index in 0..<size {
                let proof = tree.inclusionProof(index: index, size: size)
                #expect(MerkleProof.verifyInclusion(leaf: leaves[index], index: index, size: size, proof: proof, root: root))
                #expect(!MerkleProof.verifyInclusion(leaf: leaves[(index + 1) % 40], index: index, size: size,
                                                     proof: proof, root: root))
            }
            for old in 1...size {
                let proof = tree.consistencyProof(from: old, to: size)
                #expect(MerkleProof.verifyConsistency(oldSize: old, newSize: size, oldRoot: tree.root(size: old),
                                                      newRoot: root, proof: proof), "\(old) -> \(size)")
                if old < size {
                    #expect(!MerkleProof.verifyConsistency(oldSize: old, newSize: size, oldRoot: tree.root(size: old),
                                                           newRoot: tree.root(size: size - 1), proof: proof))
                }
            }
        }
    }

    /// RFC 6962 §2.1 MTH, written out directly.
    static func reference(_ leaves: ArraySlice<TreeHash>) -> TreeHash {
        if leaves.isEmpty { return .empty }
        if leaves.count == 1 { return leaves.first! }
        var k = 1
        while k * 2 < leaves.count { k *= 2 }
        let split = leaves.startIndex + k
        return .node(reference(leaves[..<split]), reference(leaves[split...]))
    }

    static func probes(_ kind: String) throws -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rfc6962-\(kind).json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [[String: Any]]
    }

    /// A probe's proof; a hash that is not 32 bytes (the probes include such garbage) never matches a real one.
    /// A probe's number; the probes include sizes beyond Int64, which no journal has.
    static func int(_ value: Any?) -> Int {
        Int(truncatingIfNeeded: (value as! NSNumber).uint64Value)
    }

    static func hashes(_ value: Any?) -> [TreeHash]? {
        let strings = (value as? [String]) ?? []
        let hashes = strings.compactMap(hash)
        return hashes.count == strings.count ? hashes : nil
    }

    static func hash(_ value: Any?) -> TreeHash? {
        (value as? String).flatMap { TreeHash(base64: $0) }
    }
}

func hexBytes(_ hex: String) -> [UInt8] {
    var bytes: [UInt8] = []
    var index = hex.startIndex
    while index < hex.endIndex {
        let next = hex.index(index, offsetBy: 2)
        bytes.append(UInt8(hex[index..<next], radix: 16)!)
        index = next
    }
    return bytes
}
