# ant_v1.1_part002_1307 (annotator45)
# "بولتيكا" / "برنامج بولتيكا" is a radio programme (a title, annotator36): not annotated.
@P1
ORG | الديوان الوطني للتطهير | p1_onas
PER | محمود البارودي | p1_baroudi
REL | CRITICIZES | p1_onas | p1_baroudi

@P2
ORG | المديرية المركزية الفنية | p2_dept
ORG | الديوان الوطني للتطهير | p2_onas
PER | محمد عبيد | p2_abid
DATE | اليوم الجمعة 16 جوان 2017 | p2_date
PER | محمود البارودي | p2_baroudi
GPE | بنقردان | p2_bengardane
REL | ROLE | p2_abid | p2_dept
REL | ROLE | p2_abid | p2_onas
REL | CRITICIZES | p2_abid | p2_baroudi

@P3
PER | محمد عبيد | p3_abid1
PER | محمود البارودي | p3_baroudi1
NORP | تونسية | p3_tun1
PER | محمد عبيد | p3_abid2
ORG | الديوان الوطني للتطهير | p3_onas
NORP | تونسية | p3_tun2
GPE | تونس | p3_tunisia
PER | البارودي | p3_baroudi2
NORP | التونسية | p3_tun3
NORP | التونسية | p3_tun4
NORP | تونسية | p3_tun5
GPE | بنقردان | p3_bengardane
REL | CRITICIZES | p3_abid1 | p3_baroudi1
