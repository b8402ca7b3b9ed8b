# saudinewsnet_part007_0364 (annotator53)
# "مكاتب التربية والتعليم", "مديرات المكاتب والأقسام" (generic plurals) and "مبنى الإدارة" are not annotated.
# "مساعد المدير العام للشؤون التعليمية/المدرسية/للخدمات المساندة" are titles (no ORG inside).
@P1
ORG | تعليم المدينة | p1_edu              # headline short name of the Madinah education administration (like "مدني عسير")

@P2
ORG | الإدارة العامة للتعليم | p2_edu
GPE | المدينة المنورة | p2_madinah
DATE | يوم أمس الأول | p2_date           # "صباح" left out
LOC | الحرة الشرقية | p2_harra            # district of Madinah
PER | خالد الوسيدي | p2_wusaidi
PER | حسن الحازمي | p2_hazmi
PER | عبدالرحمن الهزاني | p2_hazzani
DATE | عيد الفطر | p2_eid
NORP | المسلمين | p2_muslims
REL | LOCATED_IN | p2_edu | p2_madinah       # "ORG بـ place" (regional branch)
REL | ROLE | p2_wusaidi | p2_edu            # assistants of the body's director general, body named in the same sentence
REL | ROLE | p2_hazmi | p2_edu
REL | ROLE | p2_hazzani | p2_edu

@P3
PER | مريم بنت عقيل الجهني | p3_juhani
ORG | الشؤون التعليمية | p3_girls1         # "أقامته الشؤون التعليمية (بنات)": the girls' education department
DATE | عيد الفطر | p3_eid
ORG | الشؤون التعليمية | p3_girls2         # "بمقر مبنى الشؤون التعليمية": building named after the body → body only
LOC | المصانع | p3_masanie                  # "بحي المصانع", classifier dropped
REL | ROLE | p3_juhani | p3_girls1          # "مساعدة المدير العام للشؤون التعليمية/بنات", body named later in the sentence
REL | LOCATED_IN | p3_girls2 | p3_masanie
