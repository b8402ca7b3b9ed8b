# saudinewsnet_part014_0797 (annotator56)
# "الهيروين" is a product; "المملكة", bare "الوزارة", "أمر ملكي", "شرع الله" are not annotated. The arrest and the execution are enforcement (no relation).
@P1
GPE | ثادق | p1_thadiq

@P2
ORG | وزارة الداخلية | p2_moi
DATE | أمس | p2_yesterday
GPE | ثادق | p2_thadiq
GPE | الرياض | p2_riyadh
REL | LOCATED_IN | p2_thadiq | p2_riyadh

@P3
PER | شاه فيصل عظيم شاه | p3_shah
NORP | باكستاني | p3_pakistani
ORG | المحكمة العامة | p3_court1
ORG | محكمة الاستئناف | p3_appeal
ORG | المحكمة العليا | p3_supreme
# the sentence and its confirmation by the appeal and supreme courts are court rulings against him (§7.3)
REL | CRITICIZES | p3_court1 | p3_shah
REL | CRITICIZES | p3_appeal | p3_shah
REL | CRITICIZES | p3_supreme | p3_shah

@P4
ORG | وزارة الداخلية | p4_moi
ORG | حكومة خادم الحرمين الشريفين | p4_gov
