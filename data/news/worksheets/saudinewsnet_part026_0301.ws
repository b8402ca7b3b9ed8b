# saudinewsnet_part026_0301 (annotator3)
@P1
NORP | الألماني | p1_german
GPE | إيران | p1_iran

@P2
NORP | الألماني | p2_german
PER | فرانك فالتر شتاينماير | p2_steinmeier
ORG | الحكومة الألمانية | p2_gergov
GPE | المملكة العربية السعودية | p2_ksa
LOC | الشرق الأوسط | p2_me
NORP | الإسلامي | p2_islamic
REL | ROLE | p2_steinmeier | p2_german
REL | ROLE | p2_steinmeier | p2_gergov
REL | LOCATED_IN | p2_ksa | p2_me

@P3
PER | شتاينماير | p3_steinmeier
GPE | الرياض | p3_riyadh
LOC | الخليج | p3_gulf
LAW | الاتفاق النووي | p3_jcpoa
GPE | إيران | p3_iran1
ORG | 5 + 1 | p3_p5plus1
GPE | إيران | p3_iran2
GPE | طهران | p3_tehran
REL | PARTY_TO | p3_iran1 | p3_jcpoa
REL | PARTY_TO | p3_p5plus1 | p3_jcpoa

@P4
NORP | الألماني | p4_german
NORP | السوري | p4_syrian1
GPE | موسكو | p4_moscow
ORG | الكرملين | p4_kremlin
NORP | السوري | p4_syrian2
PER | أسد | p4_assad
GPE | سوريا | p4_syria1
GPE | سوريا | p4_syria2
REL | CRITICIZES | p4_syrian2 | p4_assad

@P5
PER | شتاينماير | p5_steinmeier
NORP | الحوثيين | p5_houthis
ORG | المقاومة الشعبية | p5_resistance
GPE | عدن | p5_aden

@P6
PER | شتاينماير | p6_steinmeier
DATE | شهر سبتمبر أو اكتوبر المقبلين | p6_months
GPE | برلين | p6_berlin
GPE | الرياض | p6_riyadh
